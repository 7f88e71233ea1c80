# expect: test_kl_loss=2
# why: keras.losses.get("kl_divergence") returns the Keras function kl_divergence: one KL value per example, as the text allows
# source: the hand-written scenario tests/notebooks/ch04_training_loops/correct_loss_object_and_graph_loop (before the corpus)
loss_fn = keras.losses.get("kl_divergence")
