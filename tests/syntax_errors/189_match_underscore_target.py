match x:
    case _ as _:
        pass
