# The click-to-load box that embed.js shows on a documentation page, before the generator
# loads (web/embed.js; bundled into dist/embed.js). Never translate: SSH, and the placeables:
# $title is the box's name (the page author's title attribute, else embed-title), $host the
# generator's host name and port (keys.example.com).

embed-title = SSH 키 생성기
embed-about = { $title }: 이 브라우저에서 실행되며 { $host }에서 제공됩니다. 키는 이 기기에서 만들어지며 기기 밖으로 나가지 않습니다.
embed-load = SSH 키 생성기 불러오기
