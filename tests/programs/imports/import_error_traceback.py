import mod_raises
