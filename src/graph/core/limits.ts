/**
 * Size limits of Graph's attachment endpoints, as Microsoft documents them and as they have been observed.
 *
 * - Graph refuses request bodies over 4 MiB. The largest file reported to POST successfully is 3,145,611 bytes,
 *   whose base64 is 4,194,148 characters: with about 156 bytes of JSON around it that is exactly 4 MiB, so the limit
 *   is on the body. We POST only while the exact JSON body stays `POST_SAFETY_MARGIN_BYTES` under it, which leaves
 *   room for a proxy or Graph counting a little differently, and costs only files of about 3.13–3.15 MB going through
 *   an upload session instead.
 * - Upload sessions were reported to accept files from 2,097,152 bytes (the docs say 3 MB). Every file routed to a
 *   session is far above 2 MiB; if a session still refuses a file as too small, the client falls back to a POST when
 *   the body fits the hard 4 MiB limit.
 */
export const GRAPH_MAX_REQUEST_BYTES = 4_194_304;
export const POST_SAFETY_MARGIN_BYTES = 16_384;
export const MAX_POST_BODY_BYTES = GRAPH_MAX_REQUEST_BYTES - POST_SAFETY_MARGIN_BYTES;

export const UPLOAD_SESSION_MIN_BYTES = 2_097_152;
/** 150 MB, read as MiB like the rest of Outlook's limits. */
export const MAX_FILE_BYTES = 150 * 1024 * 1024;

/**
 * Chunk size for upload-session PUTs: the docs say "up to 4 MB"; 3,276,800 bytes (10 × 320 KiB) is under both the
 * MB and MiB readings of that and is the multiple of 320 KiB other Microsoft upload endpoints require.
 */
export const DEFAULT_CHUNK_BYTES = 3_276_800;
export const MAX_CHUNK_BYTES = 4 * 1024 * 1024;

/** Attachment names: Outlook's limit is 255 characters. */
export const MAX_NAME_LENGTH = 255;

/** At most this many requests in flight per mailbox (Outlook's MailboxConcurrency limit). */
export const MAX_CONCURRENT_PER_MAILBOX = 4;
