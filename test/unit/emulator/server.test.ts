import express from "express";
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import {
  createEmulatorApp,
  createGraphEmulator,
  startEmulatorServer,
  type RunningEmulatorServer,
} from "../../../dev/graph";
import { DEMO_ORGANIZER } from "../../../dev/shared/demoIdentity";
import { EVENT_ID, MENU_TXT, tokenFor } from "./support";

// Real loopback servers: the clock is real too, so tokens get a real future expiry.
const token = (): string => tokenFor(DEMO_ORGANIZER, ["Calendars.ReadWrite"], new Date(Date.now() + 3_600_000));

describe("the emulator over a real loopback port", () => {
  let server: RunningEmulatorServer;

  beforeAll(async () => {
    server = await startEmulatorServer(0, "127.0.0.1");
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    expect((await fetch(`${server.url}/_emulator/reset`, { method: "POST" })).status).toBe(204);
  });

  it("adds an attachment, uploads a file in a session, and reports both in /_emulator/state", async () => {
    const auth = { Authorization: `Bearer ${token()}`, "Content-Type": "application/json" };
    const posted = await fetch(`${server.url}/v1.0/me/events/${EVENT_ID}/attachments`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify(MENU_TXT),
    });
    expect(posted.status).toBe(201);
    const created = await fetch(`${server.url}/v1.0/me/events/${EVENT_ID}/attachments/createUploadSession`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ AttachmentItem: { attachmentType: "file", name: "slides.pptx", size: 2_200_000 } }),
    });
    const { uploadUrl } = (await created.json()) as { uploadUrl: string };
    expect(uploadUrl.startsWith(`${server.url}/outlook/api/gv1.0/`)).toBe(true);
    const bytes = new Uint8Array(2_200_000).fill(9);
    const put = await fetch(uploadUrl, {
      method: "PUT",
      headers: { "Content-Range": "bytes 0-2199999/2200000" },
      body: bytes,
    });
    expect(put.status).toBe(201);
    expect(put.headers.get("location")).toContain(`${server.url}/outlook/api/v2.0/Users(`);

    const state = (await (await fetch(`${server.url}/_emulator/state`)).json()) as {
      events: Array<{ id: string; attachments: Array<{ name: string; byteLength: number; sha256: string }> }>;
    };
    const event = state.events.find((candidate) => candidate.id === EVENT_ID);
    expect(event?.attachments.map((attachment) => attachment.name)).toEqual(["menu.txt", "slides.pptx"]);
    expect(event?.attachments[0]?.sha256).toBe(createHash("sha256").update("mac and cheese today").digest("hex"));
    expect(event?.attachments[1]?.byteLength).toBe(2_200_000);
  });

  it("answers CORS preflights and echoes loopback origins only", async () => {
    const preflight = await fetch(`${server.url}/v1.0/me/events/${EVENT_ID}/attachments`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://localhost:3001",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("http://localhost:3001");
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/Authorization/);
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/Content-Range/);
    const answer = await fetch(`${server.url}/v1.0/me/events/${EVENT_ID}/attachments`, {
      headers: { Origin: "http://127.0.0.1:5173", Authorization: `Bearer ${token()}` },
    });
    expect(answer.headers.get("access-control-allow-origin")).toBe("http://127.0.0.1:5173");
    expect(answer.headers.get("access-control-expose-headers")).toMatch(/Retry-After/);
    const foreign = await fetch(`${server.url}/v1.0/me/events/${EVENT_ID}/attachments`, {
      headers: { Origin: "https://evil.example", Authorization: `Bearer ${token()}` },
    });
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("drives faults, events and grants through the control endpoints", async () => {
    const rule = { match: { method: "GET", path: "/attachments$" }, times: 1, fault: { kind: "status", status: 429 } };
    expect((await fetch(`${server.url}/_emulator/faults`, { method: "POST", body: JSON.stringify(rule) })).status).toBe(
      204,
    );
    const throttled = await fetch(`${server.url}/v1.0/me/events/${EVENT_ID}/attachments`, {
      headers: { Authorization: `Bearer ${token()}` },
    });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("retry-after")).toBe("1");

    await fetch(`${server.url}/_emulator/faults`, {
      method: "POST",
      body: JSON.stringify({ fault: { kind: "drop" } }),
    });
    await expect(
      fetch(`${server.url}/v1.0/me/events/${EVENT_ID}`, { headers: { Authorization: `Bearer ${token()}` } }),
    ).rejects.toThrow();
    expect((await fetch(`${server.url}/_emulator/faults`, { method: "DELETE" })).status).toBe(204);

    const added = await fetch(`${server.url}/_emulator/events`, {
      method: "POST",
      body: JSON.stringify({
        owner: DEMO_ORGANIZER.upn,
        subject: "Saved from Outlook",
        start: { dateTime: "2030-01-02T10:00:00", timeZone: "UTC" },
        end: "2030-01-02T11:00:00Z",
        visibleAfterMs: 60_000,
      }),
    });
    expect(added.status).toBe(201);
    const { id } = (await added.json()) as { id: string };
    const hidden = await fetch(`${server.url}/v1.0/me/events/${id}`, {
      headers: { Authorization: `Bearer ${token()}` },
    });
    expect(hidden.status).toBe(404);

    const grant = await fetch(`${server.url}/_emulator/grants`, {
      method: "POST",
      body: JSON.stringify({ delegate: DEMO_ORGANIZER.upn, owner: "megan.bowen@contoso.example", access: "none" }),
    });
    expect(grant.status).toBe(204);
    const bad = await fetch(`${server.url}/_emulator/faults`, {
      method: "POST",
      body: JSON.stringify({ fault: { kind: "?" } }),
    });
    expect(bad.status).toBe(400);
  });
});

describe("createEmulatorApp mounted under a path prefix", () => {
  it("answers below the prefix of its baseUrl", async () => {
    const parent = express();
    const httpServer = http.createServer(parent);
    await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
    const port = (httpServer.address() as AddressInfo).port;
    try {
      const baseUrl = `http://localhost:${port}/graph`;
      const emulator = createGraphEmulator({ baseUrl, uploadBaseUrl: `${baseUrl}/outlook` });
      parent.use("/graph", createEmulatorApp(emulator));
      const response = await fetch(`http://127.0.0.1:${port}/graph/v1.0/me/events/${EVENT_ID}/attachments`, {
        headers: { Authorization: `Bearer ${token()}` },
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { "@odata.context": string };
      expect(body["@odata.context"]).toMatch(new RegExp(`^${baseUrl}/v1\\.0/\\$metadata#users`));
    } finally {
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    }
  });
});
