"""Raytrace: a small recursive ray tracer (spheres and a checkered plane,
point lights, Lambert and Phong shading, shadows and reflections) that
renders a square image and checksums the quantized pixels.
Exercises method-heavy float code on small immutable vector objects,
polymorphic dispatch over scene objects, and recursion.
"""
import math
import sys

DEFAULT_SIZE = 260
EPSILON = 1e-5


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y,
                      self.z * o.x - self.x * o.z,
                      self.x * o.y - self.y * o.x)

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def reflect_through(self, normal):
        return self - normal.scale(2.0 * self.dot(normal))

    def __repr__(self):
        return "Vector(%r, %r, %r)" % (self.x, self.y, self.z)


BLACK = Vector(0.0, 0.0, 0.0)
UP = Vector(0.0, 1.0, 0.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction.scale(t)


class Material:
    def __init__(self, color, specular=0.0, reflect=0.0, checker=None):
        self.color = color
        self.specular = specular
        self.reflect = reflect
        self.checker = checker

    def color_at(self, point):
        if self.checker is None:
            return self.color
        if (math.floor(point.x) + math.floor(point.z)) % 2:
            return self.checker
        return self.color


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        cp = self.centre - ray.origin
        v = cp.dot(ray.direction)
        disc = self.radius * self.radius - (cp.dot(cp) - v * v)
        if disc < 0.0:
            return None
        t = v - math.sqrt(disc)
        return t if t > EPSILON else None

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if denom >= 0.0:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, p):
        return self.normal


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.max_depth = 3

    def add(self, obj):
        self.objects.append(obj)
        return obj

    def nearest(self, ray):
        best, best_t = None, math.inf
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best_t:
                best, best_t = obj, t
        return best, best_t

    def shadowed(self, point, light):
        to_light = light - point
        distance = to_light.magnitude()
        obj, t = self.nearest(Ray(point, to_light))
        return obj is not None and t < distance

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            # sky: a vertical gradient
            k = 0.5 * (ray.direction.y + 1.0)
            return Vector(0.6 - 0.3 * k, 0.7 - 0.2 * k, 1.0)
        point = ray.point_at(t)
        normal = obj.normal_at(point)
        material = obj.material
        base = material.color_at(point)
        color = base.scale(0.1)
        for light in self.lights:
            if self.shadowed(point, light):
                continue
            to_light = (light - point).normalized()
            lambert = to_light.dot(normal)
            if lambert > 0.0:
                color = color + base.scale(lambert * 0.8)
                if material.specular > 0.0:
                    half = (to_light - ray.direction).normalized()
                    h = half.dot(normal)
                    if h > 0.0:
                        # h ** 32 by repeated squaring keeps it exact-ish and fast
                        h *= h
                        h *= h
                        h *= h
                        h *= h
                        h *= h
                        color = color + Vector(1.0, 1.0, 1.0).scale(material.specular * h)
        if material.reflect > 0.0 and depth < self.max_depth:
            bounce = Ray(point, ray.direction.reflect_through(normal))
            color = color.scale(1.0 - material.reflect) + self.trace(bounce, depth + 1).scale(material.reflect)
        return color


def build_scene():
    scene = Scene()
    scene.add(Plane(Vector(0.0, 0.0, 0.0), UP,
                    Material(Vector(0.9, 0.9, 0.9), reflect=0.2, checker=Vector(0.1, 0.1, 0.1))))
    scene.add(Sphere(Vector(0.0, 1.0, 5.0), 1.0, Material(Vector(0.9, 0.2, 0.2), 0.5, 0.3)))
    scene.add(Sphere(Vector(-2.2, 0.7, 6.0), 0.7, Material(Vector(0.2, 0.8, 0.2), 0.3, 0.1)))
    scene.add(Sphere(Vector(2.0, 1.5, 7.0), 1.5, Material(Vector(0.2, 0.3, 0.9), 0.8, 0.5)))
    scene.add(Sphere(Vector(0.8, 0.3, 3.5), 0.3, Material(Vector(0.9, 0.9, 0.1), 0.2, 0.0)))
    scene.lights.append(Vector(-5.0, 8.0, -2.0))
    scene.lights.append(Vector(6.0, 5.0, 1.0))
    return scene


def clamp_byte(c):
    v = int(c * 255.0)
    return 0 if v < 0 else 255 if v > 255 else v


def render(scene, size):
    eye = Vector(0.0, 1.5, -2.0)
    target = Vector(0.0, 1.0, 5.0)
    forward = (target - eye).normalized()
    right = forward.cross(UP).normalized().scale(-1.0)
    up = right.cross(forward).scale(-1.0)
    checksum = 0
    for row in range(size):
        y = 1.0 - 2.0 * (row + 0.5) / size
        for col in range(size):
            x = 2.0 * (col + 0.5) / size - 1.0
            direction = forward + right.scale(x * 0.8) + up.scale(y * 0.8)
            c = scene.trace(Ray(eye, direction), 0)
            pixel = (clamp_byte(c.x) << 16) | (clamp_byte(c.y) << 8) | clamp_byte(c.z)
            checksum = (checksum * 131 + pixel) % 2147483647
    return checksum


def main(size):
    print("raytrace %d %d" % (size, render(build_scene(), size)))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
