xobol-manef-nufyk-niteb-gyseb-mugis-myfin-meroc-mypac-fisof-vexex
