#!/usr/bin/env bash
# Installs what the tests need besides the .NET SDK, on a Debian machine; safe to run again (it does
# nothing when everything is there). The README's test command runs it before `dotnet test Site.sln`,
# and .ci/run runs exactly that command.
#
#   chromium             draws the QR SVGs and pages for the tests that look at them (Playwright drives it)
#   zbar-tools           zbarimg, the independent decoder every print QR code must decode with
#   fonts-noto-cjk       Chinese glyphs for anything chromium renders, and for the share images and chart pictures
#   fonts-dejavu-core    a font without Chinese, for the test of a theme font that does not cover the report
#   clang, zlib1g-dev    compile the CLI ahead of time (Native AOT), as ./reportsite does and a test checks
#   default-jre-headless runs the Nu HTML Checker (vnu.jar) every generated page must pass
#   opencc               opencc_dict, to check that the search's Traditional/Simplified table is what
#                        tools/make-han-fold.cs makes of OpenCC's dictionaries
#   nodejs, npm          run the search script in tests; install vnu.jar from the npm registry
#                        (.ci/package.json, pinned in package-lock.json)
# Java, node and npm count as present when their commands are, however they were installed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium zbar-tools fonts-noto-cjk fonts-dejavu-core zlib1g-dev opencc)
command -v clang >/dev/null 2>&1 || packages+=(clang)
command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)
missing=()
for package in "${packages[@]}"; do
  # Installed means installed: a removed package whose settings are kept is known to dpkg but absent.
  [ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" = "install ok installed" ] || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  echo "install-tools: installing ${missing[*]}"
  $sudo_cmd apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends "${missing[@]}"
fi

# vnu.jar into .ci/node_modules; its install script (which would fetch a Java runtime) is not needed.
if [ ! -f .ci/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  echo "install-tools: installing vnu.jar"
  npm ci --prefix .ci --ignore-scripts --no-audit --no-fund
fi
