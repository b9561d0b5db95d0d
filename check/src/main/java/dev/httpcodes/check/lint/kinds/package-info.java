/** One class per kind of rule check; which codes, fields, levels and words each rule uses is data. */
package dev.httpcodes.check.lint.kinds;
