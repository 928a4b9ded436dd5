# shellcheck shell=bash
# Sourced by the packaging scripts (bash): FyneApp.toml's values.
#   appmeta KEY      the string value of KEY (Name, ID, Version, Website,
#                    Description, Comment, …: each key is in the file once;
#                    internal/release checks the packages against the TOML
#                    parser's reading of it)
#   appmeta_xml KEY  the same, refusing a value that XML would need escaped
#                    (it goes into XML as it is)
# Both print why and return 1 when the value is missing.
#   appmeta_publisher  who publishes the app: the MSI's Manufacturer (in
#                    Add/Remove Programs) and the metainfo's developer
# shellcheck disable=SC2034 # for the scripts that source this file
appmeta_publisher="The Career Compare project"
appmeta_file=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/FyneApp.toml

appmeta() {
  local v
  v=$(sed -n "s/^$1 *= *\"\(.*\)\"\$/\1/p" "$appmeta_file" | head -n1)
  [ -n "$v" ] || { echo "FyneApp.toml has no $1" >&2; return 1; }
  printf '%s\n' "$v"
}

appmeta_xml() {
  local v
  v=$(appmeta "$1") || return 1
  [[ $v != *[\<\>\&\"]* ]] || { echo "FyneApp.toml's $1 has a character XML would need escaped: $v" >&2; return 1; }
  printf '%s\n' "$v"
}
