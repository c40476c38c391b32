// Exercise: recommender (topic 14-applications)
//
// A Netflix-style rating predictor. ratings is a users × films table with null where a user has
// not rated a film. Learn k numbers per user and k per film so that
//     rating(u, i) ≈ users[u] · items[i]        (a dot product of two length-k vectors)
// on the OBSERVED ratings, with an L2 penalty λ on the factors:
//     minimise  Σ_(observed u,i) (ratings[u][i] − users[u]·items[i])²  +  λ (Σ‖users[u]‖² + Σ‖items[i]‖²)
// Train by alternating least squares (hold the films fixed and solve a small ridge regression for
// each user, then the other way round) or by stochastic gradient descent: your choice.
//
//   const model = factorize([[1, 1.5, 2, 2.5], [1.5, 2.25, 3, 3.75], [2, 3, 4, 5]], 1);
//   model.users  → 3×1,  model.items → 4×1
//   predictRating(model, 2, 3)  → about 4.5 with λ = 1 (exactly 5 with λ = 0: the penalty shrinks a little)
//   predictRating({ users: [[1, 2]], items: [[2, 1], [1, 3]] }, 0, 1)  → 7   ([1, 2]·[1, 3])
//
// The contract:
// - factorize returns { users, items }: users is nUsers×k, items is nItems×k, and the grader
//   predicts rating (u, i) as users[u] · items[i] (no separate bias terms: the factors can learn
//   a film's general appeal themselves). predictRating(model, user, item) returns that same dot
//   product; the grader calls it on models it builds itself.
// - options (all optional, yours to interpret): { epochs, lambda, learningRate, seed }. The
//   hidden tests call factorize(ratings, k) WITHOUT options, so your defaults must work. Values
//   that work here: ALS with λ = 1 and 20 sweeps; or SGD with learning rate 0.01, λ = 0.02 and 200
//   epochs, from small random factors (say in [0, 0.1)).
// - Start from small random factors (see the lesson, "Training"): zeros never move, and
//   all-equal numbers keep the k columns tied (exactly so for SGD; ALS escapes the tie only
//   through rounding, slowly and unreliably).
// - Never change the inputs. Throw an Error when k is not a whole number ≥ 1, when the rows of
//   ratings have different lengths, or when predictRating gets a user or item that is not in the
//   model.
//
// How it is graded: small exact tables (the factors must fit them closely), then 60 users × 40
// films generated from a rank-3 model plus noise, k = 3: on ratings your factorize never saw,
// your RMSE must beat predicting each film's mean rating by at least 10 %.
//
// Check your work:  latutor check recommender     Stuck?  latutor hint recommender
import type { Matrix } from "../helpers";

export interface Model {
  users: Matrix;
  items: Matrix;
}

export interface FactorizeOptions {
  epochs?: number;
  lambda?: number;
  learningRate?: number;
  seed?: number;
}

export function factorize(ratings: (number | null)[][], k: number, options: FactorizeOptions = {}): Model {
  // TODO: random starting factors, then sweeps of ALS (or epochs of SGD) over the observed ratings
  throw new Error("TODO: implement factorize(ratings, k, options)");
}

export function predictRating(model: Model, user: number, item: number): number {
  // TODO: users[user] · items[item]
  throw new Error("TODO: implement predictRating(model, user, item)");
}
