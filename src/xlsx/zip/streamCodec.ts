// Raw deflate through the platform's CompressionStream (browsers, Office's webviews, Node 18+): native code, and
// asynchronous, so it serves the task pane's and the demo's writes (XlsxSession.apply) where node:zlib is absent.

/** True when this platform has a CompressionStream that speaks raw deflate. */
export function hasCompressionStream(): boolean {
  if (typeof CompressionStream !== "function") return false;
  try {
    new CompressionStream("deflate-raw");
    return true;
  } catch {
    return false;
  }
}

export async function deflateWithStream(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
