# Finds a JDK for Tilde's scripts (bin/tilde, bin/benchmark, .ci/run), which source this file. Needs bash.
#
#   find_java [MIN_MAJOR]   sets java_cmd, java_home and major to a JDK of at least MIN_MAJOR (default 21), found in
#                           this order: $JAVA_HOME, the `java` on the PATH, the newest JDK under /usr/lib/jvm (where
#                           the build's maven-toolchains-plugin looks too); returns 1 if there is none.
#
# Every `tilde` command starts here, so it runs no program but readlink: versions are read from each JDK's release
# file with the shell's own expansions (no JVM start, no sed), paths taken apart without dirname.

# Sets major to the major version of the JDK whose home is $1, read from its release file, or 0.
read_major() {
  major=0
  local line
  [ -r "$1/release" ] || return 0
  while IFS= read -r line; do
    if [[ $line =~ ^JAVA_VERSION=\"([0-9]+) ]]; then
      major=${BASH_REMATCH[1]}
      return 0
    fi
  done <"$1/release"
}

# Sets java_home to the home of the JDK whose java binary is $1 (links followed), as `dirname` twice would.
home_of() {
  java_home=$(readlink -f "$1")
  java_home=${java_home%/*}
  java_home=${java_home%/*}
}

find_java() {
  local min=${1:-21}
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    read_major "$JAVA_HOME"
    if [ "$major" -ge "$min" ]; then java_cmd="$JAVA_HOME/bin/java"; home_of "$java_cmd"; return 0; fi
  fi
  local on_path
  if on_path=$(command -v java 2>/dev/null); then
    home_of "$on_path"
    read_major "$java_home"
    if [ "$major" -ge "$min" ]; then java_cmd=$on_path; return 0; fi
  fi
  local best="" best_major=0 dir
  for dir in /usr/lib/jvm/*/; do
    dir=${dir%/}
    [ -x "$dir/bin/java" ] || continue
    read_major "$dir"
    if [ "$major" -gt "$best_major" ]; then best=$dir; best_major=$major; fi
  done
  major=$best_major
  if [ "$best_major" -ge "$min" ]; then java_cmd="$best/bin/java"; home_of "$java_cmd"; return 0; fi
  return 1
}
