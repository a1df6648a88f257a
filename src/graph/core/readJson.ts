import { GraphRequestError } from "../errors/GraphRequestError";

/** Reads a response body as JSON; an empty body gives undefined, anything unparsable an `unexpectedResponse`. */
export async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new GraphRequestError("unexpectedResponse", "Microsoft Graph returned a body that is not JSON.", {
      status: response.status,
      cause: error,
    });
  }
}
