# The page's words in English: the source every other catalog translates.
# Placeables ({ $name }) hold file names, numbers and key material: never translate them.

load-ready = Ready. Nothing you do here leaves this page.
