"""Made-up people for the benchmark's volume, and the size of its bulk inserts."""

BATCH_SIZE = 5000
FIRST_NAMES = [
    *["Ana", "Luis", "Maria", "José", "Fatima", "Wei", "Olga", "Kwame", "Juan"],
    *["Carmen", "Pedro", "Rosa", "Jorge", "Lucía", "Diego", "Sofía", "Miguel"],
    *["Thiago", "Beatriz", "João", "Gabriela", "Ahmed", "Amina", "Ivan", "Mei"],
    *["Samuel", "Esther", "Daniel", "Ruth", "Kofi", "Yaw", "Elena", "Marco"],
]
LAST_NAMES = ["Garcia", "Silva", "Nguyen", "Okafor", "Kowalski", "Haddad", "Lopez"]
# Made-up surnames from syllables: thousands of different names, as a firm's
# years of prospects have, so the conflict check's name search is not flattered
# (or swamped) by a handful of names shared by everyone.
SURNAME_STARTS = ["Al", "Bel", "Cas", "Dor", "Fer", "Gal", "Her", "Ibar", "Lar", "Mor"]
SURNAME_MIDDLES = ["", "an", "ar", "ol", "en", "ab", "ur", "il"]
SURNAME_ENDS = ["ez", "a", "ova", "ski", "ini", "er", "eda", "yen", "for", "ito"]


def person_name(rng):
    """A given name and one or two surnames, one in five a common real one."""
    surnames = [
        rng.choice(LAST_NAMES)
        if rng.random() < 0.2
        else "".join(
            rng.choice(part) for part in (SURNAME_STARTS, SURNAME_MIDDLES, SURNAME_ENDS)
        )
        for _surname in range(rng.choice([1, 1, 2]))
    ]
    return " ".join([rng.choice(FIRST_NAMES), *surnames])
