/**
 * The JSON form of entries, written by one serializer so that the CLI's {@code --json} and the server's API can
 * never drift apart. The shape is documented as a JSON Schema in {@code docs/entry.schema.json}.
 */
package dev.httpcodes.json;
