/**
 * go-httpbin's media and document endpoints: {@code /image} with its formats, the fixed documents
 * ({@code /deny}, {@code /encoding/utf8}, {@code /forms/post}), the compressed echoes ({@code /gzip},
 * {@code /deflate}) and our {@code /trailers}. The pictures are our own drawing
 * ({@code server/src/build/httpbin-images.py}).
 */
package dev.httpcodes.server.httpbin.media;
