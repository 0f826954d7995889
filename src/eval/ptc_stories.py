#!/usr/bin/env python3
"""Stories from the SemEval-2020 task 11 (PTC) articles, for blind readings of the marks on news no
comparison rule was chosen on.

  ptc_stories.py external/semeval2020-task11-ptc OUT

PTC holds single articles from many outlets (2017-2019); several tell one story. The groups below
were picked by reading the articles' titles only (first line of each file), before any report was
made: a group is one news event told by at least three articles. Each becomes OUT/<name> holding
the articles as text files (title, blank line, body). PTC gives no outlet or date, so each article's
outlet is its PTC file name. Standard library only; the articles are third-party text: evaluation
only, never shipped. PTC's train half was read for framing lexicons (README, Framing), never for
the comparator.
"""
import os, shutil, sys

STORIES = {
    # Ebola outbreak declared in the Democratic Republic of Congo, May 2018.
    "ebola-congo": ["train-articles/article754131438.txt", "train-articles/article754231597.txt",
                    "train-articles/article754179642.txt", "train-articles/article754508491.txt",
                    "train-articles/article756114837.txt", "train-articles/article757171650.txt"],
    # The special counsel's report submitted, March 2019: no further indictments.
    "mueller-report": ["dev-articles/article832908730.txt", "dev-articles/article832908905.txt",
                       "dev-articles/article832917778.txt", "dev-articles/article832917532.txt",
                       "dev-articles/article832916492.txt", "dev-articles/article832916508.txt",
                       "dev-articles/article832913653.txt", "dev-articles/article832913316.txt"],
    # Children found in a compound in New Mexico, August 2018.
    "new-mexico-compound": ["dev-articles/article777720051.txt", "dev-articles/article777785889.txt",
                            "dev-articles/article777869943.txt", "dev-articles/article778094905.txt",
                            "dev-articles/article778358096.txt", "dev-articles/article782149032.txt",
                            "dev-articles/article783774960.txt", "dev-articles/article784143418.txt"],
    # A reporter's White House press pass, November 2018: lawsuit, court order, restored pass.
    "press-pass": ["dev-articles/article999000874.txt", "dev-articles/article999001323.txt",
                   "dev-articles/article999001290.txt", "dev-articles/article999000878.txt",
                   "dev-articles/article999001419.txt", "dev-articles/article999000851.txt"],
    # A former president on whether he owes an apology, June 2018.
    "apology-interview": ["dev-articles/article761722669.txt", "dev-articles/article761575506.txt",
                          "dev-articles/article761568202.txt"],
    # A pardoned former sailor sues, July 2018.
    "pardoned-sailor": ["train-articles/article761564397.txt", "train-articles/article770945799.txt",
                        "train-articles/article761897089.txt"],
    # A Dallas officer who shot a man in his own apartment, September 2018.
    "dallas-apartment-shooting": ["dev-articles/article789454337.txt", "dev-articles/article789753303.txt",
                                  "dev-articles/article788847916.txt", "dev-articles/article787085939.txt",
                                  "dev-articles/article786004130.txt", "dev-articles/article785331076.txt",
                                  "dev-articles/article787966255.txt"],
    # 3-D printed gun blueprints in court, July-August 2018.
    "printed-guns": ["train-articles/article775448623.txt", "dev-articles/article776126299.txt",
                     "dev-articles/article782448403.txt", "dev-articles/article776385494.txt"],
    # Troops to the southern border against a migrant caravan, October-November 2018.
    "border-caravan": ["train-articles/article795693029.txt", "train-articles/article795703371.txt",
                       "train-articles/article795689901.txt", "train-articles/article999000870.txt",
                       "train-articles/article999000894.txt", "train-articles/article999001188.txt"],
    # A governor's race in Georgia after election day, November 2018.
    "georgia-governor-race": ["dev-articles/article999001256.txt", "dev-articles/article999000858.txt",
                              "dev-articles/article999001259.txt"],
    # Nominees for CIA director and secretary of state opposed by a senator, March 2018.
    "cia-nominee": ["train-articles/article111111117.txt", "dev-articles/article738542398.txt",
                    "dev-articles/article738781754.txt", "dev-articles/article740235127.txt"],
    # Two officers killed in Ohio after a 911 hang-up call, February 2018 (only two articles: a pair).
    "ohio-officers": ["dev-articles/article730246508.txt", "dev-articles/article730081389.txt"],
}


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, out = sys.argv[1], sys.argv[2]
    for name, files in STORIES.items():
        folder = os.path.join(out, name)
        os.makedirs(folder, exist_ok=True)
        for f in files:
            shutil.copy(os.path.join(src, f), os.path.join(folder, os.path.basename(f)))
    print(f"{len(STORIES)} PTC stories written to {out}")


if __name__ == "__main__":
    main()
