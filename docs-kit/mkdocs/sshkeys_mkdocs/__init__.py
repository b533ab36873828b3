"""sshkeys-mkdocs: the sshkeys key generator on MkDocs pages, served from a hosted dist/.

mkdocs.yml:

    plugins:
      - search
      - sshkeys:
          url: https://keys.example.com/      # the hosted dist/ folder (required)
          defaults: {load: click}             # options for every generator of the site
          same_origin: false                  # true: allow a url of the site's own origin

The plugin adds that folder's embed.js to every page, and turns each fenced block

    ```ssh-keygen
    types: rsa
    bits: 4096
    notify: true
    ```

into a <sshkeys-generator> with those options; a <sshkeys-generator> written in a page as HTML
stays a block of its own. Both get the plugin's defaults for the options they leave out. Bad
options stop the build with the page and the option named.
"""

import html.parser
import logging
import re

from markdown import Extension
from markdown.preprocessors import Preprocessor
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from .element import ELEMENT, OptionError, check, dist_url, element, script, start_tag

log = logging.getLogger("mkdocs.plugins.sshkeys")

LANGUAGE = "ssh-keygen"             # the fenced block's info string
FENCE = re.compile(r"(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^`]*?)[ \t]*$")
# A start tag of the element, attributes quoted or not.
START_TAG = re.compile(r"<%s(?:\s+[^\s\"'>/=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*\s*/?>"
                       % ELEMENT, re.I)


class SshkeysConfig(Config):
    url = c.Type(str)
    defaults = c.Type(dict, default={})
    same_origin = c.Type(bool, default=False)


class SshkeysPlugin(BasePlugin[SshkeysConfig]):
    def on_config(self, config):
        try:
            url, warnings = dist_url(self.config.url, config.site_url, self.config.same_origin,
                                     "the sshkeys plugin's same_origin: true")
            self.defaults = check(self.config.defaults)
        except OptionError as e:
            raise PluginError(f"sshkeys: {e}.") from None
        for warning in warnings:
            log.warning(f"sshkeys: {warning}.")
        embed = c.ExtraScriptValue(script(url))
        embed.async_ = True
        config.extra_javascript.append(embed)
        config.markdown_extensions.append(GeneratorExtension(self))
        self.page = None

    def on_page_markdown(self, markdown, page, **_):
        self.page = page
        return markdown

    def on_page_content(self, html, page, **_):
        """Every element of the page, written as HTML or made from a fenced block: its
        options checked, and the defaults added."""
        def tag(m):
            parser = _Attributes()
            parser.feed(m.group(0))
            try:
                if "label" in parser.attributes:
                    raise OptionError("its label is its text, not an attribute")
                attributes = check(parser.attributes)
            except OptionError as e:
                raise PluginError(f"sshkeys: {page.file.src_uri}: <{ELEMENT}>: {e}.") from None
            defaults = {k: v for k, v in self.defaults.items() if k != "label" and k not in attributes}
            return start_tag({**defaults, **attributes})
        return START_TAG.sub(tag, html)


class _Attributes(html.parser.HTMLParser):
    def handle_starttag(self, tag, attrs):
        self.attributes = {name: value for name, value in attrs}


class GeneratorExtension(Extension):
    def __init__(self, plugin):
        super().__init__()
        self.plugin = plugin

    def extendMarkdown(self, md):
        # A block of its own, never inside a <p>: as the fenced block's output and as HTML.
        md.block_level_elements.append(ELEMENT)
        # Before fenced_code's and pymdownx.superfences' preprocessors (25), which would make
        # the block a <pre>.
        md.preprocessors.register(GeneratorFences(md, self.plugin), "sshkeys_generator", 28)


class GeneratorFences(Preprocessor):
    """```ssh-keygen blocks, at any indentation (inside admonitions, tabs, lists), become the
    element. Other fenced blocks pass untouched, with whatever they hold."""

    def __init__(self, md, plugin):
        super().__init__(md)
        self.plugin = plugin

    def run(self, lines):
        out, i, count = [], 0, 0
        while i < len(lines):
            start = FENCE.fullmatch(lines[i])
            if not start:
                out.append(lines[i])
                i += 1
                continue
            fence = start["fence"]
            end = i + 1
            while end < len(lines) and not re.fullmatch(
                    r"[ \t]*%s%s*[ \t]*" % (re.escape(fence), re.escape(fence[0])), lines[end]):
                end += 1
            if start["info"].split(None, 1)[:1] == [LANGUAGE]:
                count += 1
                html = self.element(lines[i + 1:end], count)
                out += ["", start["indent"] + self.md.htmlStash.store(html), ""]
            else:
                out += lines[i:end + 1]
            i = end + 1
        return out

    def element(self, body, count):
        """The block's `name: value` lines as the element; blank lines and # comments are
        skipped."""
        options = {}
        try:
            for line in body:
                text = line.strip()
                if not text or text.startswith("#"):
                    continue
                name, colon, value = text.partition(":")
                if not colon:
                    raise OptionError(f"{text!r} is not 'option: value'")
                options[name.strip().lower()] = value.strip()
            return element(options)
        except OptionError as e:
            page = self.plugin.page.file.src_uri if self.plugin.page else "a page"
            raise PluginError(f"sshkeys: {page}: ```{LANGUAGE} block {count}: {e}.") from None
