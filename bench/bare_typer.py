"""The start-up floor: a bare Typer app that prints one line."""
import typer

app = typer.Typer()


@app.command()
def hello() -> None:
    print("hello")


if __name__ == "__main__":
    app()
