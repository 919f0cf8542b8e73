# Package data for the casefile demo: a small fictional website (sample_site/site) served over loopback.
