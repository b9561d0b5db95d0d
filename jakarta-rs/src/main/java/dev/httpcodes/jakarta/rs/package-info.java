/**
 * Jakarta REST adapter: {@link dev.httpcodes.jakarta.rs.HttpcodesStatusType}, a {@code Response.StatusType} for every
 * httpcodes entry and any code.
 */
package dev.httpcodes.jakarta.rs;
