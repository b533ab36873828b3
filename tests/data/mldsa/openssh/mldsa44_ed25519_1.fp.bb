xehik-vycid-vovos-cumor-hydoz-zimyd-pidut-rugyv-keseb-nupyb-ryxux
