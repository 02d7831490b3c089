#!/usr/bin/env bash
# Builds a test .mdx file: a ZIP archive with the files of FOLDER at its root.
#
#   examples/mdx/build-mdx.sh [FOLDER [OUT.mdx]]
#
# Defaults: examples/mdx/example-mail -> examples/mdx/example-mail.mdx. Uses the JDK's jar
# tool (found as ./mvnw finds it) with a fixed date, so the same folder gives the same bytes.
set -euo pipefail

here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
folder=${1:-$here/example-mail}
out=${2:-${folder%/}.mdx}

# shellcheck source=../../releng/bin/find-jdk.sh
. "$here/../../releng/bin/find-jdk.sh"
jdk=$(emw_find_jdk)
[[ -n $jdk ]] || { printf 'build-mdx: %s\n' "$(emw_no_jdk_message)" >&2; exit 3; }
[[ -f $folder/policy_metadata.xml ]] \
  || { printf 'build-mdx: %s has no policy_metadata.xml; an .mdx file needs one at its root\n' "$folder" >&2; exit 2; }

out=$(realpath -m "$out")
list=$(mktemp)
trap 'rm -f "$list"' EXIT
rm -f "$out"
(
  cd "$folder"
  find . -type f -printf '%P\n' | LC_ALL=C sort > "$list"
  "$jdk/bin/jar" --create --no-manifest --date=2025-01-01T00:00:00Z --file "$out" @"$list"
)
printf 'build-mdx: wrote %s\n' "$out" >&2
