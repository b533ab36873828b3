# The click-to-load box of embed.js: see en/embed.ftl for what each message is.
embed-title = SSH 키 생성기
embed-about = { $title }: 이 브라우저에서 실행되며 { $host }에서 제공됩니다. 키는 이 기기에서 만들어지며 기기 밖으로 나가지 않습니다.
embed-load = SSH 키 생성기 불러오기
