uf'x'
