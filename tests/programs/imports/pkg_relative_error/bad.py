from ...toohigh import x
