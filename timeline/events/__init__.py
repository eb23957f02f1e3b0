"""Events: dated statements of each article (``extract``), dates relative to other events
(``relative``), merging across articles (``merge``) and the timeline's events (``build``)."""
