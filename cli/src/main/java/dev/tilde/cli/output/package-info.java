/**
 * How the command line prints: for people (terminal text made safe, colour, progress lines) and for scripts (JSON and
 * JSON Lines whose keys are a public contract).
 */
package dev.tilde.cli.output;
