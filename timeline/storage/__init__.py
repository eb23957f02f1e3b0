"""What is kept between runs: stored timelines (``store``, the format; ``cache``, where and under
which key) and the publication dates the user set (``corrections``)."""
