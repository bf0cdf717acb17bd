"""Hello, world: the README's quick start runs this."""


def greet(name: str) -> str:
    return f"Hello, {name}!"


if __name__ == "__main__":
    for who in ["world", "krait"]:
        print(greet(who))
    squares = [n * n for n in range(1, 6)]
    print("squares:", squares, "sum:", sum(squares))
