// libxml2 layer.
