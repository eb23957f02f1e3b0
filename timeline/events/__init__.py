"""Events: the dated statements of each article (``extract``), dates relative to other events
(``relative``), the words that say what a statement is about (``terms``), statements of one
article about one event (``local``), merging across articles (``merge``) and the timeline's events
(``build``). Nothing here holds the corpus: that is ``timeline.analysis.state``."""
