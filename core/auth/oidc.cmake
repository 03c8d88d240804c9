# OpenID Connect sources: target_sources(custos_core_auth PRIVATE ...)
