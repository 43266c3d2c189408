/** The distribution archive's build-time tools: the man pages and completion script, made from the commands. */
package dev.tilde.dist;
