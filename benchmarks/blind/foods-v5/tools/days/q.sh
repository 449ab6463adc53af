#!/bin/bash
# q.sh 'regex' ... : grep the FNDDS dump (code | desc | add | kcal | portions); leading ^ anchors to the description start
for r in "$@"; do echo "## $r"; if [[ $r == ^* ]]; then p="^[0-9]+ \| (${r#^})"; else p="^[0-9]+ \| [^|]*($r)"; fi; grep -iE -- "$p" .fn.txt | head -${N:-5} | cut -c1-${W:-230}; done
