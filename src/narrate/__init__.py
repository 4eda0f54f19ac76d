"""narrate: Norwegian statistics articles from statistics tables.

>>> import pandas as pd
>>> table = load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [41, 48]}), unit="prosent")
>>> write(table).title.text
'Andelen steg'
"""

from narrate.article import Article
from narrate.load import load
from narrate.table import Table
from narrate.write import write

__all__ = ["Article", "Table", "load", "write"]
