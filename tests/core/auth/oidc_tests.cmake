# OpenID Connect tests
