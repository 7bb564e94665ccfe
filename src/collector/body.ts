/** Thrown when a body exceeds the limit; the handler answers 413. */
export class BodyTooLarge extends Error {}

/**
 * Reads a request body as text, stopping as soon as it passes `limit` bytes, so an oversized or lying
 * `Content-Length` costs at most `limit` bytes of memory.
 */
export const readLimited = async (request: Request, limit: number): Promise<string> => {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > limit) throw new BodyTooLarge()
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      throw new BodyTooLarge()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}
