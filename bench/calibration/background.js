// Present only so that the bench can wait for the extension's service worker, as with Filmlupe.
