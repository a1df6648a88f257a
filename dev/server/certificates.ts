import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export interface HttpsCredentials {
  key: string | Buffer;
  cert: string | Buffer;
  ca?: string | Buffer;
  source: "office-addin-dev-certs" | "self-signed";
}

interface DevCertsModule {
  getHttpsServerOptions(days?: number): Promise<{ key: Buffer; cert: Buffer; ca: Buffer }>;
}

/**
 * Outlook on Windows and Mac needs a trusted certificate for https://localhost:3000. office-addin-dev-certs installs a
 * trusted development CA there. On Linux (and wherever that fails) a self-signed pair is generated instead: Outlook
 * cannot run on Linux anyway, and the browser asks once to accept it for the demo (office.js only talks to an https
 * Outlook page, so the demo cannot be plain http).
 */
export async function loadHttpsCredentials(cacheDir: string): Promise<HttpsCredentials> {
  if (process.platform === "win32" || process.platform === "darwin") {
    try {
      const devCerts = (await import("office-addin-dev-certs")) as unknown as DevCertsModule;
      const options = await devCerts.getHttpsServerOptions();
      return { ...options, source: "office-addin-dev-certs" };
    } catch (error) {
      console.warn(`Could not install Office development certificates (${String(error)}); using a self-signed pair.`);
    }
  }
  return selfSigned(cacheDir);
}

async function selfSigned(cacheDir: string): Promise<HttpsCredentials> {
  const keyPath = path.join(cacheDir, "localhost.key");
  const certPath = path.join(cacheDir, "localhost.crt");
  try {
    const [key, cert] = await Promise.all([readFile(keyPath, "utf8"), readFile(certPath, "utf8")]);
    return { key, cert, source: "self-signed" };
  } catch {
    // Not generated yet: fall through.
  }
  const { generate } = await import("selfsigned");
  const notAfterDate = new Date();
  notAfterDate.setDate(notAfterDate.getDate() + 365);
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    notAfterDate,
    extensions: [{ name: "subjectAltName", altNames: [{ type: 2, value: "localhost" }] }],
  });
  await mkdir(cacheDir, { recursive: true });
  await Promise.all([writeFile(keyPath, pems.private), writeFile(certPath, pems.cert)]);
  return { key: pems.private, cert: pems.cert, source: "self-signed" };
}
