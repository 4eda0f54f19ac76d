"""narrate: Norwegian statistics articles from statistics tables.

:func:`load` reads a table (a file, or a pandas DataFrame with its
metadata as keywords), :func:`write` writes its article, in bokmål, nynorsk
or English; an :class:`Article` gives ``.markdown`` and ``.html`` and shows
itself in a notebook. A :class:`Config` (or the path of a ``narrate.toml``)
sets the rules' thresholds.

>>> import pandas as pd
>>> frame = pd.DataFrame({"år": ["2015", "2016"], "andel": [41, 48]})
>>> table = load(frame, value="andel", unit="prosent")
>>> write(table).title.text
'Andelen opp 7 prosentpoeng i 2016'
>>> write(table, lang="nn", seed=1).ingress[0].text
'Delen var 48 prosent i 2016.'
"""

from narrate.article import Article
from narrate.config import Config
from narrate.errors import NarrateError
from narrate.load import load
from narrate.table import Table
from narrate.write import write

__all__ = ["Article", "Config", "NarrateError", "Table", "load", "write"]
