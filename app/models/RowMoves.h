#pragma once

#include <QVector>

#include <algorithm>

namespace ocd {

// Length of the longest strictly increasing subsequence of the survivors' new positions: the
// rows that can stay where they are while all others move (patience sorting, O(n log n)). The
// list models use it to decide between a few moves and one reset.
inline int longestIncreasingRun(const QVector<int> &v)
{
    QVector<int> tails;
    for (int x : v) {
        auto it = std::lower_bound(tails.begin(), tails.end(), x);
        if (it == tails.end())
            tails.append(x);
        else
            *it = x;
    }
    return int(tails.size());
}

} // namespace ocd
