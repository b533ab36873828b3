"""sshkeys-sphinx: the sshkeys key generator on Sphinx pages, served from a hosted dist/.

conf.py:

    extensions = ["sshkeys_sphinx"]
    sshkeys_url = "https://keys.example.com/"     # the hosted dist/ folder (required)
    sshkeys_defaults = {"load": "click"}         # options for every generator of the site
    sshkeys_same_origin = False                  # True: allow a url of the site's own origin

and in a page:

    .. ssh-keygen::
       :types: rsa
       :bits: 4096
       :notify:

The extension adds that folder's embed.js to every HTML page; the directive writes a
<sshkeys-generator> with its fields over the defaults (HTML builders only). A bad field is
reported at its line, and that generator left out; a bad URL or default is reported once, and
no page gets a generator.
"""

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.errors import ConfigError
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from .element import OPTIONS, OptionError, check, dist_url, element, script

__version__ = "0.1.0"
logger = logging.getLogger(__name__)


class SshKeygen(SphinxDirective):
    """.. ssh-keygen:: with the element's options as fields (:notify: alone means true)."""

    option_spec = {name: directives.unchanged for name in OPTIONS}

    def run(self):
        if not self.config.sshkeys_url:         # refused: configure() said why
            return []
        try:
            html = element(self.options, self.config.sshkeys_defaults)
        except OptionError as e:
            raise self.error(f"ssh-keygen: {e}.") from None
        return [nodes.raw("", html, format="html")]


def configure(app, config):
    """The dist/ URL and the defaults checked once; when either is bad, one error says why and
    no page gets the generator (nor embed.js)."""
    try:
        url, warnings = dist_url(config.sshkeys_url, config.html_baseurl, config.sshkeys_same_origin,
                                 "sshkeys_same_origin = True in conf.py")
        check(config.sshkeys_defaults)
    except OptionError as e:
        logger.error("sshkeys: %s; no page gets the generator.", e)
        config.sshkeys_url = None
        return
    for warning in warnings:
        logger.warning("sshkeys: %s.", warning)
    config.sshkeys_url = url
    app.add_js_file(script(url), loading_method="async")


def setup(app):
    app.add_config_value("sshkeys_url", None, "html", types=[str])
    app.add_config_value("sshkeys_defaults", {}, "html", types=[dict])
    app.add_config_value("sshkeys_same_origin", False, "html", types=[bool])
    app.add_directive("ssh-keygen", SshKeygen)
    app.connect("config-inited", configure)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
