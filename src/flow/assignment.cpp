// Maximum-weight bipartite assignment (the Hungarian method with
// potentials, O(n^2 m)), used to pair dangling ends with continuations.
#include <limits>

#include "flow/flow.hpp"

namespace banmian::flow {

std::vector<int> max_weight_assignment(const std::vector<std::vector<double>>& weight) {
  const std::size_t n = weight.size();
  if (n == 0) return {};
  const std::size_t cols = weight[0].size();
  // Every row also gets a private "stay unassigned" column of cost 0.
  const std::size_t m = cols + n;
  auto cost = [&](std::size_t i, std::size_t j) -> double {
    if (j < cols) return weight[i][j] > 0 ? -weight[i][j] : 0.0;
    return j - cols == i ? 0.0 : 1e9;
  };
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> u(n + 1, 0), v(m + 1, 0);
  std::vector<std::size_t> p(m + 1, 0), way(m + 1, 0);
  for (std::size_t i = 1; i <= n; ++i) {
    p[0] = i;
    std::size_t j0 = 0;
    std::vector<double> minv(m + 1, inf);
    std::vector<char> used(m + 1, 0);
    do {
      used[j0] = 1;
      std::size_t i0 = p[j0], j1 = 0;
      double delta = inf;
      for (std::size_t j = 1; j <= m; ++j) {
        if (used[j]) continue;
        double cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (std::size_t j = 0; j <= m; ++j) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] != 0);
    do {
      std::size_t j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 != 0);
  }
  std::vector<int> row_to_col(n, -1);
  for (std::size_t j = 1; j <= cols; ++j) {
    if (p[j] != 0 && weight[p[j] - 1][j - 1] > 0) row_to_col[p[j] - 1] = static_cast<int>(j - 1);
  }
  return row_to_col;
}

}  // namespace banmian::flow
