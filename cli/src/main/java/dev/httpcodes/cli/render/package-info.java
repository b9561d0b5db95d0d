/**
 * Terminal output of the CLI: entries, tables and troubleshooting as text, wrapped to the terminal width (Chinese
 * characters count two columns) and coloured by class on terminals only.
 */
package dev.httpcodes.cli.render;
