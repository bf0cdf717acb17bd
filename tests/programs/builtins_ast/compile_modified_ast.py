import ast
tree = ast.parse('result = a + b')
class Swap(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        return ast.BinOp(left=node.left, op=ast.Mult(), right=node.right)
tree = ast.fix_missing_locations(Swap().visit(tree))
ns = {'a': 6, 'b': 7}
exec(compile(tree, '<ast>', 'exec'), ns)
print(ns['result'])
print(ast.unparse(tree))
