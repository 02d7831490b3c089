# Sourced by ./mvnw and ./emw: finds a JDK of at least EMW_REQUIRED_JAVA (default 21).
# Looks at JAVA_HOME, then the java on PATH, then the newest JDK under the usual folders;
# prints its home, or nothing.

emw_java_feature_version() {
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1
}

emw_is_jdk() {
  local home=$1 version
  [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 1
  version=$(emw_java_feature_version "$home/bin/java")
  [[ -n $version && $version -ge ${EMW_REQUIRED_JAVA:-21} ]]
}

emw_find_jdk() {
  if [[ -n ${JAVA_HOME:-} ]] && emw_is_jdk "$JAVA_HOME"; then
    echo "$JAVA_HOME"
    return
  fi
  local java_on_path home
  if java_on_path=$(command -v java 2>/dev/null); then
    home=$(dirname "$(dirname "$(readlink -f "$java_on_path")")")
    if emw_is_jdk "$home"; then
      echo "$home"
      return
    fi
  fi
  local candidate best="" best_version=0 version
  for candidate in /usr/lib/jvm/* /opt/java/* /usr/local/lib/jvm/*; do
    [[ -d $candidate && ! -L $candidate ]] || continue
    emw_is_jdk "$candidate" || continue
    version=$(emw_java_feature_version "$candidate/bin/java")
    if (( version > best_version )); then
      best=$candidate
      best_version=$version
    fi
  done
  [[ -n $best ]] && echo "$best"
  return 0
}

emw_no_jdk_message() {
  cat <<MSG
no JDK ${EMW_REQUIRED_JAVA:-21} or newer found (looked at JAVA_HOME, java on PATH, /usr/lib/jvm, /opt/java).
Install one, e.g. 'apt-get install openjdk-21-jdk-headless' or a Temurin 21+ JDK, or set JAVA_HOME to it.
MSG
}
