#!/usr/bin/env bash
# Tags a release and moves the major tag (v1) to it, as GitHub Actions users reference `@v1`.
#   scripts/release.sh 1.2.3     (on a clean, up-to-date main whose dist/ is fresh)
# It checks, tags, and prints the push command; it pushes nothing itself.
set -euo pipefail
cd "$(dirname "$0")/.."

version="${1:-}"
if ! [[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "usage: scripts/release.sh MAJOR.MINOR.PATCH" >&2
  exit 2
fi
major="v${version%%.*}"
tag="v$version"

[ "$(git rev-parse --abbrev-ref HEAD)" = main ] || { echo "release from main" >&2; exit 1; }
[ -z "$(git status --porcelain)" ] || { echo "the work tree is not clean" >&2; exit 1; }
git rev-parse -q --verify "refs/tags/$tag" >/dev/null && { echo "$tag exists" >&2; exit 1; }

package_version=$(node -p 'require("./package.json").version')
[ "$package_version" = "$version" ] || {
  echo "package.json says $package_version: bump it (and src/version.ts, CHANGELOG.md) first" >&2
  exit 1
}
grep -q "^## \[$version\]" CHANGELOG.md || { echo "CHANGELOG.md has no [$version] section" >&2; exit 1; }

npm run build >/dev/null
[ -z "$(git status --porcelain -- dist)" ] || { echo "dist/ is stale: build and commit it" >&2; exit 1; }

git tag -a "$tag" -m "mixcloud-publish $tag"
git tag -f -a "$major" -m "mixcloud-publish $major (currently $tag)" "$tag^{}"
echo "Tagged $tag and moved $major to it. Publish with:"
echo "  git push origin $tag && git push --force origin $major"
echo "then create the GitHub release for $tag (Marketplace: tick 'Publish this Action')."
